import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { TaskpaneStrings } from "../i18n/strings";
import type { InsertState } from "./use-insert";

/** Progress, the replace-or-cancel question, and the outcome of an insert. */
export function InsertStatus({ status, strings, locale, onReplace, onCancel }: { status: InsertState; strings: TaskpaneStrings; locale: Locale; onReplace: () => void; onCancel: () => void }) {
  const joined = (names: string[]) => names.join(locale === "zh-CN" ? "、" : ", ");
  switch (status.state) {
    case "busy":
      return <Spinner size="tiny" label={strings.set.writing} />;
    case "conflict":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {strings.set.conflict(joined(status.sheets))}{" "}
            <Button size="small" onClick={onReplace}>
              {strings.set.replace}
            </Button>{" "}
            <Button size="small" appearance="subtle" onClick={onCancel}>
              {strings.set.cancel}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    case "done":
      return (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{strings.set.written(joined(status.sheets))}</MessageBarBody>
          </MessageBar>
          {status.skipped.map((message) => (
            <MessageBar key={message} intent="warning" layout="multiline">
              <MessageBarBody>{message}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.set.failed(status.detail)}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
