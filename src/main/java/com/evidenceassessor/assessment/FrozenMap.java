package com.evidenceassessor.assessment;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable copy of a map, in its order, whose hash is computed once: what-if keys
 * ({@link ItemPatch}) are hashed many times per assessment.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

	private final Map<K, V> entries;

	private final int hash;

	private FrozenMap(Map<K, V> entries) {
		this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		this.hash = this.entries.hashCode();
	}

	static <K, V> Map<K, V> of(Map<K, V> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		return (map instanceof FrozenMap<K, V> frozen) ? frozen : new FrozenMap<>(map);
	}

	@Override
	public Set<Entry<K, V>> entrySet() {
		return this.entries.entrySet();
	}

	@Override
	public V get(Object key) {
		return this.entries.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return this.entries.containsKey(key);
	}

	@Override
	public int size() {
		return this.entries.size();
	}

	@Override
	public int hashCode() {
		return this.hash;
	}

}
