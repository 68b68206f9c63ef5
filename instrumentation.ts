// Runs once when a Next.js server instance starts. The Node.js part lives in its own module so
// that the Edge bundle of this file does not pull in the database and the file system.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeServer } = await import("./lib/server-start");
    await registerNodeServer();
  }
}
