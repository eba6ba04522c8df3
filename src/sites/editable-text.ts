/**
 * The text of a contenteditable editor as the user sees it (one line per block, <br> a line
 * break), with the map back from text offsets to DOM positions. Findings come back as offsets
 * into this text; highlights and rewrites turn them into Ranges here. Nothing is changed.
 */

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'PRE']);

export class EditableText {
  readonly text: string;
  /** Text nodes in order, and where each starts in `text`. */
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];

  /**
   * `skip`: subtrees that are not the author's words (quoted history). `stop`: an element where
   * the author's words end and everything after it is quoted (Outlook's reply marker).
   */
  constructor(
    readonly root: Element,
    skip?: string,
    stop?: string,
  ) {
    let text = '';
    let stopped = false;
    const walk = (node: Node): void => {
      if (stopped) return;
      if (node.nodeType === Node.TEXT_NODE) {
        // Markup indentation between blocks is not text the user sees (editors never type raw line breaks).
        if (/^\s*\n\s*$/.test((node as Text).data)) return;
        this.nodes.push(node as Text);
        this.starts.push(text.length);
        text += (node as Text).data;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node as Element;
      if (stop && el !== root && el.matches(stop)) {
        stopped = true;
        return;
      }
      if (skip && el !== root && el.matches(skip)) return;
      if (el.tagName === 'BR') {
        text += '\n';
        return;
      }
      const block = el !== root && BLOCKS.has(el.tagName);
      if (block && text !== '' && !text.endsWith('\n')) text += '\n';
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      // An empty block line (<div><br></div>) already ended with its <br>.
      if (block && text !== '' && !text.endsWith('\n')) text += '\n';
    };
    walk(root);
    this.text = text;
  }

  /** The index of the last text node starting at or before `offset`, or -1. */
  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** A DOM position for a text offset; on a line break between nodes, `side` picks the node after or before it. */
  private position(offset: number, side: 'after' | 'before'): [Text, number] | null {
    let i = this.indexAt(offset);
    if (i === -1) return this.nodes[0] ? [this.nodes[0], 0] : null;
    // Empty text nodes share their start with the next one: prefer one that holds the offset.
    while (i + 1 < this.nodes.length && this.starts[i + 1] === offset && side === 'after') i++;
    const node = this.nodes[i]!;
    const within = offset - this.starts[i]!;
    if (within <= node.length) return [node, within];
    // The offset is a line break the walk added: snap to a neighbouring text node.
    if (side === 'after' && this.nodes[i + 1]) return [this.nodes[i + 1]!, 0];
    return [node, node.length];
  }

  /** The Range covering [start, end) of the text, or null when it cannot be mapped. */
  range(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || end < start) return null;
    const from = this.position(start, 'after');
    const to = this.position(end, 'before');
    if (!from || !to) return null;
    const range = this.root.ownerDocument.createRange();
    try {
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
    } catch {
      return null;
    }
    return range;
  }

  /** The text offset of a DOM position inside a text node of this text, or -1. */
  offsetOf(node: Node, offset: number): number {
    const i = this.nodes.indexOf(node as Text);
    return i === -1 ? -1 : this.starts[i]! + offset;
  }
}
