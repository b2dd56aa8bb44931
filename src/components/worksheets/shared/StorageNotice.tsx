/**
 * Tells the rep when saved answers could not be read or could not be saved. Both are rare, so the
 * banner itself (StorageBanner.tsx, with its words and the download) loads only when there is
 * something to say, and stays out of the JavaScript every worksheet loads before interaction.
 */
import type { StorageNoticeProps } from './StorageBanner';
import { useModule } from './use-module';

/** Renders nothing while all is well; for invalid saved data or a refused save, loads and shows the banner. */
export default function StorageNotice(props: StorageNoticeProps) {
  const trouble = (props.state.status === 'invalid' && !!props.state.rejected) || !props.state.saved;
  const banner = useModule(() => import('./StorageBanner'), trouble);
  return trouble && banner ? <banner.default {...props} /> : null;
}
