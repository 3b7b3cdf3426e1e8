/**
 * Inline control comments:
 *   <!-- incident-comms-disable [rule ...] -->            from here on
 *   <!-- incident-comms-enable [rule ...] -->             from here on
 *   <!-- incident-comms-disable-next-line [rule ...] -->  the next line only
 *   <!-- incident-comms-disable-file [rule ...] -->       the whole document
 * No rule id means every rule.
 */
export interface Control {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  rules: string[];
  offset: number;
  /** 1-based line the comment ends on. */
  line: number;
}

const CONTROL = /<!--\s*incident-comms-(disable-next-line|disable-file|disable|enable)\b([^]*?)-->/g;

export function parseControls(html: string, offset: number): Array<Omit<Control, 'line'> & { endOffset: number }> {
  const controls: Array<Omit<Control, 'line'> & { endOffset: number }> = [];
  for (const match of html.matchAll(CONTROL)) {
    const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
    controls.push({ kind: match[1] as Control['kind'], rules, offset: offset + match.index!, endOffset: offset + match.index! + match[0].length });
  }
  return controls;
}

/** Decides whether a finding of a rule at a position is silenced. */
export class ControlState {
  private readonly fileWide = new Set<string>();
  private fileAll = false;
  private readonly ranged: Control[];
  private readonly nextLine = new Map<number, Control[]>();

  constructor(controls: Control[]) {
    this.ranged = controls.filter((control) => control.kind === 'disable' || control.kind === 'enable').sort((a, b) => a.offset - b.offset);
    for (const control of controls) {
      if (control.kind === 'disable-file') {
        if (control.rules.length === 0) this.fileAll = true;
        control.rules.forEach((rule) => this.fileWide.add(rule));
      } else if (control.kind === 'disable-next-line') {
        const list = this.nextLine.get(control.line + 1) ?? [];
        list.push(control);
        this.nextLine.set(control.line + 1, list);
      }
    }
  }

  get isEmpty(): boolean {
    return !this.fileAll && this.fileWide.size === 0 && this.ranged.length === 0 && this.nextLine.size === 0;
  }

  silenced(ruleId: string, offset: number, line: number): boolean {
    if (this.fileAll || this.fileWide.has(ruleId)) return true;
    for (const control of this.nextLine.get(line) ?? []) {
      if (control.rules.length === 0 || control.rules.includes(ruleId)) return true;
    }
    let disabled = false;
    for (const control of this.ranged) {
      if (control.offset > offset) break;
      if (control.rules.length === 0 || control.rules.includes(ruleId)) disabled = control.kind === 'disable';
    }
    return disabled;
  }
}
