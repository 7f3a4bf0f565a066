import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useStatus } from '../core/StatusContext';

const useStyles = makeStyles({
  region: { margin: `0 ${tokens.spacingHorizontalL}` },
});

/** Always-present live region: status text is announced politely, errors assertively. */
export function StatusRegion() {
  const { message } = useStatus();
  const styles = useStyles();
  const isError = message?.kind === 'error';
  return (
    <div className={styles.region}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="status-message">
        {message && !isError && (
          <MessageBar key={message.seq} intent={message.kind === 'success' ? 'success' : 'info'}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert" aria-atomic="true" data-testid="error-message">
        {message && isError && (
          <MessageBar key={message.seq} intent="error">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
