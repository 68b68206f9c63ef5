import { toFormData } from "@/components/ui/form";

/** The form's values as JSON (`invoer`) plus the version of the track the form was computed from. */
export function versionedFormData(values: unknown, expectedVersion: number): FormData {
  const fd = toFormData(values);
  fd.set("expectedVersion", String(expectedVersion));
  return fd;
}
