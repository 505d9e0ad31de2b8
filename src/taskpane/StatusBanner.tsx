import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostState } from "./office-host";
import type { TaskpaneStrings } from "./i18n/strings";

export function StatusBanner({ host, strings }: { host: HostState; strings: TaskpaneStrings }) {
  const { status } = strings;
  switch (host.kind) {
    case "connecting":
      return (
        <MessageBar intent="info" layout="multiline" data-testid="status" data-state="connecting">
          <MessageBarBody>{status.connecting}</MessageBarBody>
        </MessageBar>
      );
    case "excel":
      return (
        // multiline: at 350 px the host line wraps instead of widening the page
        <MessageBar intent="success" layout="multiline" data-testid="status" data-state="excel">
          <MessageBarBody>
            <MessageBarTitle>{status.connectedTitle}</MessageBarTitle>
            {status.connectedDetail("Excel", strings.platforms[host.platform] ?? host.platform)}
          </MessageBarBody>
        </MessageBar>
      );
    case "outside":
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="status" data-state="outside">
          <MessageBarBody>{status.notInExcel}</MessageBarBody>
        </MessageBar>
      );
  }
}
