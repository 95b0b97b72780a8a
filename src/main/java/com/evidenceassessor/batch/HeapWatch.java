package com.evidenceassessor.batch;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The largest heap still in use right after a garbage collection while it watches: the
 * live set a run needs, which is what {@code -Xmx} must cover (the peak of heap used
 * before collections mostly measures how lazily the collector runs).
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	HeapWatch() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				this.emitters.add(emitter);
			}
		}
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (!pool.getKey().contains("Metaspace") && !pool.getKey().contains("Code")
					&& !pool.getKey().contains("Class")) {
				used += pool.getValue().getUsed();
			}
		}
		this.maxAfterGc.accumulateAndGet(used, Math::max);
	}

	/** The largest heap in use after a collection, in MB (0 if none ran). */
	long maxLiveMb() {
		return this.maxAfterGc.get() / (1024 * 1024);
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// already gone
			}
		}
	}

}
