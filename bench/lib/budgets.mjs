// The budgets of issue 7. KB means 1024 bytes.
export const KB = 1024;
export const MB = 1024 * 1024;

export const budgets = {
  popupGzipBytes: 16 * KB,
  workerGzipBytes: 10 * KB,
  popupReadyRatio: 1.3,
  wakesPerHourCountdown: 15,
  // Issue 13: at most 6 without the countdown, what the restart bound of issue 15 costs.
  wakesPerHourNoCountdown: 6,
  workerHeapBytes: 1 * MB,
  breakLatencyP95Ms: 1000,
  breathBusyPct: 1,
};
