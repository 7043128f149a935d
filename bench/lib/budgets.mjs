// The budgets of issue 7. KB means 1024 bytes.
export const KB = 1024;
export const MB = 1024 * 1024;

export const budgets = {
  popupGzipBytes: 16 * KB,
  workerGzipBytes: 10 * KB,
  popupReadyRatio: 1.3,
  wakesPerHourCountdown: 15,
  wakesPerHourNoCountdown: 3,
  workerHeapBytes: 1 * MB,
  breakLatencyP95Ms: 1000,
  breathBusyPct: 1,
};
