// Roles from the configuration: admins, operators of their own units, nobody else; a hidden e-mail has no role.
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { EMAIL_UNKNOWN_MESSAGE, requireAdmin, requireUnitAccess, roleOf } from '../../../src/server/runtime/roles';

const [unitA, unitB] = SAMPLE_CONFIG.units;
const admin = SAMPLE_CONFIG.admins[0] ?? '';

describe('roles', () => {
  it('recognises admins (case-insensitive), operators with their units, and strangers', () => {
    expect(roleOf(SAMPLE_CONFIG, admin.toUpperCase())).toMatchObject({ role: 'admin', units: SAMPLE_CONFIG.units });
    const op = roleOf(SAMPLE_CONFIG, ` ${unitA?.operators[0]} `);
    expect(op.role).toBe('operator');
    expect(op.units.map((u) => u.code)).toEqual([unitA?.code]);
    expect(roleOf(SAMPLE_CONFIG, 'tamu@contoh.go.id')).toEqual({ email: 'tamu@contoh.go.id', role: 'none', units: [] });
    expect(roleOf(SAMPLE_CONFIG, '')).toEqual({ email: '', role: 'none', units: [] });
  });

  it('refuses admin actions to operators and to callers whose e-mail Apps Script hides', () => {
    expect(() => requireAdmin(roleOf(SAMPLE_CONFIG, admin))).not.toThrow();
    expect(() => requireAdmin(roleOf(SAMPLE_CONFIG, unitA?.operators[0] ?? ''))).toThrow(/^Tindakan ini khusus admin/);
    expect(() => requireAdmin(roleOf(SAMPLE_CONFIG, ''))).toThrow(EMAIL_UNKNOWN_MESSAGE);
  });

  it('lets an operator act on their own unit only, and tells an admin about an unknown code', () => {
    const op = roleOf(SAMPLE_CONFIG, unitA?.operators[0] ?? '');
    expect(requireUnitAccess(op, unitA?.code ?? '')).toBe(unitA);
    expect(() => requireUnitAccess(op, unitB?.code ?? '')).toThrow(/tidak berhak/);
    expect(() => requireUnitAccess(roleOf(SAMPLE_CONFIG, admin), 'XYZ')).toThrow(
      'UPT dengan kode "XYZ" tidak terdaftar di sheet "Pengaturan".',
    );
  });
});
