package com.evidenceassessor.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The processor time a thread has used, where the platform can tell. */
final class ProcessorTime {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final boolean SUPPORTED = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

	private ProcessorTime() {
	}

	/**
	 * The thread's processor time in nanoseconds, or -1 where it cannot be read (the
	 * platform does not measure it, or the thread has ended).
	 */
	static long of(Thread thread) {
		if (!SUPPORTED) {
			return -1;
		}
		return (thread == Thread.currentThread()) ? THREADS.getCurrentThreadCpuTime()
				: THREADS.getThreadCpuTime(thread.getId());
	}

}
