/** What the process supervisor says to the operator (several server processes on one port). */
export const clusterMessages = {
  workersNeedPostgres: (n: number) =>
    `chạy ${n} tiến trình máy chủ cần PostgreSQL (đặt DATABASE_URL). Cơ sở dữ liệu nhúng PGlite chỉ được một tiến trình mở (thư mục dữ liệu bị khóa cho một tiến trình), nên với PGlite chỉ chạy được WORKERS=1.`,
  badWorkersFlag: (value: string) => `--workers phải là một số nguyên từ 1 đến 64 (giá trị: "${value}")`,
  started: (n: number, pids: number[]) => `Đã khởi động ${n} tiến trình máy chủ trên cùng một cổng (PID ${pids.join(', ')}).`,
  workerDied: (pid: number, how: string, delayMs: number) =>
    `Tiến trình máy chủ PID ${pid} đã dừng bất thường (${how}); khởi động lại sau ${Math.round(delayMs / 100) / 10} giây.`,
  workerRestarted: (pid: number) => `Đã khởi động lại tiến trình máy chủ (PID ${pid}).`,
  startFailed: (pid: number, how: string) => `Tiến trình máy chủ PID ${pid} không khởi động được (${how}); dừng tất cả. Lý do cụ thể ở các dòng phía trên.`,
  stopping: (n: number) => `Đang dừng ${n} tiến trình máy chủ (chờ các yêu cầu đang xử lý xong)…`,
  forced: (pid: number, ms: number) => `Tiến trình PID ${pid} chưa dừng sau ${ms / 1000} giây: buộc dừng.`,
};
