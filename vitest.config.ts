import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the CLI tests spawn the built binary; give them room on a loaded 2-core machine
    testTimeout: 20_000,
  },
});
