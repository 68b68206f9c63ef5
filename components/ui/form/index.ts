/**
 * The one form kit, on NL Design System (Utrecht) components: every form in app/ and components/
 * uses these, so labels, descriptions, errors, the error summary and the status message behave the
 * same everywhere.
 */
export { ErrorSummary, type FieldMessage } from "./ErrorSummary";
export { Field, type FieldFrame } from "./Field";
export { ChoiceField, ChoiceGroup, Fieldset } from "./choices";
export { DateField, FileField, SelectField, TextareaField, TextboxField, type Options } from "./inputs";
export { StatusMessage } from "./StatusMessage";
export { KeptMessage, type ReportSaved } from "./KeptMessage";
export { SubmitButton } from "./SubmitButton";
export {
  type FormDataAction,
  flattenErrors,
  progressiveForm,
  toFormData,
  useSubmitFeedback,
  warningsOf,
} from "./feedback";
export { describedBy, errorId, fieldId, summaryId } from "./ids";
export { useActionForm } from "./useActionForm";
export { Button } from "./Button";
export { CsvImportForm, type CsvOutcome } from "./CsvImportForm";
export { ConfirmConsequences } from "./ConfirmConsequences";
export { NumberedPoints } from "./NumberedPoints";
