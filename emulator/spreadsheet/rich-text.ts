// Rich text values (text plus one link URL), as SpreadsheetApp.newRichTextValue() builds them.

export class EmuRichTextValue {
  constructor(
    readonly text: string,
    readonly linkUrl: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.linkUrl;
  }
}

export class EmuRichTextValueBuilder {
  private text = '';
  private linkUrl: string | null = null;
  setText(text: string): this {
    this.text = text;
    return this;
  }
  setLinkUrl(url: string | null): this {
    this.linkUrl = url;
    return this;
  }
  build(): EmuRichTextValue {
    return new EmuRichTextValue(this.text, this.linkUrl);
  }
}
