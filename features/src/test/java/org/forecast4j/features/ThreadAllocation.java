package org.forecast4j.features;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/** The allocation tests' meter: bytes allocated by the calling thread, from HotSpot's per-thread counter. */
public final class ThreadAllocation {
    /**
     * Looked up once: {@code ManagementFactory.getThreadMXBean()} allocates on every call (a stream over the
     * platform components), and a lookup inside a measured window counted those bytes against the code under test.
     */
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ThreadAllocation() {
    }

    /**
     * Skips the calling test (a JUnit assumption) on a JVM that does not count allocation per thread. Allocates
     * nothing itself.
     *
     * @return the bytes the calling thread has allocated since it started
     */
    public static long bytes() {
        Assumptions.assumeTrue(THREADS.isThreadAllocatedMemorySupported(),
                "this JVM does not count allocation per thread");
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
