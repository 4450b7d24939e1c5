import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../http/app-error";

// The worker runner and the county loader are replaced: this checks how report-exports words the runner's failures.
const runOffThread = vi.fn();
vi.mock("server-only", () => ({}));
vi.mock("./off-thread", () => ({ runOffThread, WORKER_HEAP_MB: 512, WORKER_TIMEOUT_MS: 120_000 }));
vi.mock("./pdf-assets", () => ({ pdfCounties: async () => [] }));

const { proposalReport } = await import("./report-exports");
const proposal = { id: "p1", name: "x", notes: null, cycleLevel: "park" } as Parameters<typeof proposalReport>[0];

describe("proposalReport", () => {
  afterEach(() => runOffThread.mockReset());

  it("sends the report task to the worker with the counties as JSON text", async () => {
    runOffThread.mockResolvedValue(new Uint8Array([1, 2]));
    expect(await proposalReport(proposal, "pdf", "zh", "2026-01-01T00:00:00Z")).toEqual(new Uint8Array([1, 2]));
    expect(runOffThread.mock.calls[0][0]).toMatchObject({
      task: "proposal-report",
      input: { format: "pdf", lang: "zh", countiesJson: "[]" },
    });
  });

  it("names the report and the limit when the worker fails, and passes a full pool's 503 through", async () => {
    const fails = async (e: unknown) => {
      runOffThread.mockImplementation(async () => {
        throw e;
      });
      return proposalReport(proposal, "docx", "en", "2026-01-01T00:00:00Z").catch((x: AppError) => x);
    };
    const busy = (await fails(new AppError(503, "busy"))) as AppError;
    expect({ status: busy.status, message: busy.message }).toEqual({ status: 503, message: "busy" });
    expect(await fails(new Error("boom"))).toMatchObject({
      status: 500,
      message: "could not build the DOCX report of proposal p1: boom",
    });
    expect(await fails(new AppError(422, "the file took longer than 120 s"))).toMatchObject({
      status: 500,
      message: "could not build the DOCX report of proposal p1: it took longer than 120 s",
    });
    expect(await fails(new AppError(413, "too big"))).toMatchObject({
      status: 500,
      message: "could not build the DOCX report of proposal p1: it needs more than 512 MB of memory",
    });
  });
});
