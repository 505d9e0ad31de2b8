// Left only for read-plan.ts, which still takes cannotRead from here; the words themselves are
// in ./i18n like every other message of the command line. New code uses ./i18n/messages.
import { cliBoth } from "./i18n/messages";

export const cliText = {
  cannotRead: (file: string, code: string) => cliBoth((m) => m.cannotRead(file, code)),
};
