package org.forecast4j.features;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/** The allocation tests' meter: bytes allocated by the calling thread, from HotSpot's per-thread counter. */
public final class ThreadAllocation {
    private ThreadAllocation() {
    }

    /**
     * Skips the calling test (a JUnit assumption) on a JVM that does not count allocation per thread.
     *
     * @return the bytes the calling thread has allocated since it started
     */
    public static long bytes() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported(), "this JVM does not count allocation per thread");
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
