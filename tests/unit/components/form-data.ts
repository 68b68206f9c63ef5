/** What a form sent to its server action: the values as JSON in `invoer`, the version it saw in `expectedVersion`. */
export const readInput = (fd: unknown) => {
  if (!(fd instanceof FormData)) throw new Error("De actie kreeg geen FormData.");
  return JSON.parse(String(fd.get("invoer")));
};
export const readExpectedVersion = (fd: unknown) => (fd instanceof FormData ? Number(fd.get("expectedVersion")) : NaN);
