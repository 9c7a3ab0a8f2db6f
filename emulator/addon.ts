// An editor add-on's lifecycle in the emulated document: for whom it is installed, whether it is enabled in the
// document, and what follows for its simple triggers and its installable triggers. Sources:
// - https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: an add-on is installed for a user
//   once they (or their administrator) get it from the Marketplace and authorize it; it is enabled in a document when
//   anyone uses it there, which also installs it for that user. onOpen runs in AuthMode.LIMITED where it is enabled,
//   in AuthMode.NONE where it is only installed; collaborators without it see it only where it is enabled. onInstall
//   runs in AuthMode.FULL.
// - https://developers.google.com/workspace/add-ons/concepts/editor-triggers: its triggers stop firing when the user
//   uninstalls it or it is disabled in the document, and fire again once it is re-enabled.

/** The auth mode an add-on's onOpen or onEdit simple trigger runs in. */
export type AddOnTriggerMode = 'NONE' | 'LIMITED';

export class AddOnLifecycle {
  private readonly installedFor = new Set<string>();
  private readonly enabledIn = new Set<string>();

  /** Installed for a user: from the Marketplace, or by a Workspace administrator for the domain. */
  install(user: string): void {
    this.installedFor.add(user);
  }

  uninstall(user: string): void {
    this.installedFor.delete(user);
  }

  /** A person uses the add-on in a document (a menu item, its sidebar, installing it there): both states follow. */
  use(user: string, documentId: string): void {
    this.installedFor.add(user);
    this.enabledIn.add(documentId);
  }

  /** Extensions → Add-ons → Manage add-ons → "Use in this document" switched off. */
  disable(documentId: string): void {
    this.enabledIn.delete(documentId);
  }

  isInstalled(user: string): boolean {
    return this.installedFor.has(user);
  }

  isEnabled(documentId: string): boolean {
    return this.enabledIn.has(documentId);
  }

  /** The mode `user`'s onOpen or onEdit runs in, or null when the add-on is absent for them in this document. */
  simpleTriggerMode(user: string, documentId: string): AddOnTriggerMode | null {
    if (this.enabledIn.has(documentId)) return 'LIMITED';
    return this.installedFor.has(user) ? 'NONE' : null;
  }

  /** Whether a trigger `owner` created in the document (null: none active then) still fires. */
  triggerFires(owner: string, documentId: string | null): boolean {
    return this.installedFor.has(owner) && (documentId === null || this.enabledIn.has(documentId));
  }
}
