/** A table row that renders again only when its signature changes: with 200 customers, a rating change redraws one row, not all. */
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Everything the row shows, as one string; the row redraws when it changes. */
  signature: string;
  render: () => ComponentChildren;
}

/** Wraps a row's markup; skips the redraw when the signature is unchanged. */
export default class SameRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.signature !== this.props.signature;
  }
  override render() {
    return this.props.render();
  }
}
