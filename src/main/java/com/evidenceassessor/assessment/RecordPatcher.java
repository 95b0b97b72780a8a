package com.evidenceassessor.assessment;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.support.Json;
import com.evidenceassessor.support.WireNames;

/**
 * Applies {@link ItemPatch}es to an item directly on its records, rebuilding only the
 * records on the changed path through their canonical constructors. It gives the item
 * {@link ItemPatch#applyToItem} gives through the case file's JSON form, an order of
 * magnitude faster; values are converted as the case-file reader converts them (enum
 * constants by wire name, anything else by Jackson). {@code IncrementalWhatIfTest} checks
 * the two agree.
 */
final class RecordPatcher {

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return Shape.of(type);
		}
	};

	/** Each enum's constants by wire name. */
	private static final ClassValue<Map<String, Object>> ENUMS = new ClassValue<>() {
		@Override
		protected Map<String, Object> computeValue(Class<?> type) {
			Map<String, Object> constants = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				constants.put(WireNames.of((Enum<?>) constant), constant);
			}
			return Map.copyOf(constants);
		}
	};

	private RecordPatcher() {
	}

	/** The item with the patches addressed to it applied, in order. */
	static EvidenceItem apply(EvidenceItem item, List<ItemPatch> patches) {
		Node root = new Node(item);
		for (ItemPatch patch : patches) {
			if (!patch.itemId().equals(item.id())) {
				continue;
			}
			patch.set().forEach((path, value) -> root.change(path.split("\\."), 0, value, false));
			patch.append().forEach((path, value) -> root.change(path.split("\\."), 0, value, true));
		}
		return (EvidenceItem) root.build();
	}

	/**
	 * The value at a field path of an item ({@code custody.notarized}), as the records
	 * hold it; {@code null} when unknown. The same paths as a patch's.
	 */
	static Object read(EvidenceItem item, String path) {
		Object value = item;
		for (String name : path.split("\\.")) {
			if (value == null) {
				return null;
			}
			Shape shape = SHAPES.get(value.getClass());
			int index = shape.index(name);
			if (index < 0) {
				throw new IllegalArgumentException("no field '" + path + "' in an evidence item (at '" + name + "' of "
						+ shape.type().getSimpleName() + ")");
			}
			value = shape.value(value, index);
		}
		return value;
	}

	/**
	 * A value as the case file writes it, for comparison with the values rules/*.yaml
	 * lists: enum constants by wire name, anything else as text.
	 */
	static String text(Object value) {
		return (value instanceof Enum<?> constant) ? WireNames.of(constant) : String.valueOf(value);
	}

	/**
	 * A record being changed: its component values, and the groups below it being changed
	 * too; each record on a changed path is rebuilt once, however many changes it takes.
	 */
	private static final class Node {

		private final Shape shape;

		private final Object[] values;

		private final Map<Integer, Node> children = new HashMap<>();

		Node(Object record) {
			this.shape = SHAPES.get(record.getClass());
			this.values = this.shape.values(record);
		}

		void change(String[] path, int depth, Object value, boolean append) {
			int index = this.shape.index(path[depth]);
			if (index < 0) {
				throw new IllegalArgumentException("the change does not fit the case file: no field '"
						+ String.join(".", path) + "' in " + this.shape.type().getSimpleName());
			}
			RecordComponent component = this.shape.components()[index];
			if (depth < path.length - 1) {
				this.children
					.computeIfAbsent(index,
							i -> new Node((this.values[i] != null) ? this.values[i]
									: SHAPES.get(component.getType()).empty()))
					.change(path, depth + 1, value, append);
				return;
			}
			this.children.remove(index);
			if (append) {
				List<Object> list = new ArrayList<>(
						(this.values[index] != null) ? (Collection<?>) this.values[index] : List.of());
				list.add(convert(value, elementType(component)));
				this.values[index] = list;
			}
			else {
				this.values[index] = convert(value, component.getGenericType());
			}
		}

		Object build() {
			this.children.forEach((index, child) -> this.values[index] = child.build());
			return this.shape.create(this.values);
		}

	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object convert(Object value, Type type) {
		if (value == null) {
			return null;
		}
		if (type instanceof Class<?> plain) {
			if ((plain == Boolean.class || plain == String.class) && plain.isInstance(value)) {
				return value;
			}
			if (plain.isEnum() && value instanceof String wire) {
				Object constant = ENUMS.get(plain).get(wire);
				if (constant == null) {
					throw new IllegalArgumentException("the change does not fit the case file: '" + wire
							+ "' is not one of " + WireNames.all((Class) plain));
				}
				return constant;
			}
		}
		return Json.json().convertValue(value, Json.json().constructType(type));
	}

	private static Type elementType(RecordComponent component) {
		if (component.getGenericType() instanceof ParameterizedType list) {
			return list.getActualTypeArguments()[0];
		}
		throw new IllegalArgumentException(
				"the change does not fit the case file: '" + component.getName() + "' is not a list");
	}

	/**
	 * A record class's components, accessors and canonical constructor.
	 *
	 * @param components the components in order
	 * @param accessors their accessors
	 * @param constructor the canonical constructor, spread over an {@code Object[]}
	 */
	private record Shape(Class<?> type, RecordComponent[] components, MethodHandle[] accessors,
			MethodHandle constructor) {

		/** Accessors as {@code (Object) -> Object}, called with {@code invokeExact}. */
		private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

		/** The constructor as {@code (Object[]) -> Object}. */
		private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

		static Shape of(Class<?> type) {
			if (!type.isRecord()) {
				throw new IllegalArgumentException(type.getSimpleName() + " is not a group of fields");
			}
			try {
				MethodHandles.Lookup lookup = MethodHandles.publicLookup();
				RecordComponent[] components = type.getRecordComponents();
				MethodHandle[] accessors = new MethodHandle[components.length];
				Class<?>[] types = new Class<?>[components.length];
				for (int i = 0; i < components.length; i++) {
					accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(GETTER);
					types[i] = components[i].getType();
				}
				MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
					.asSpreader(Object[].class, components.length)
					.asType(CONSTRUCTOR);
				return new Shape(type, components, accessors, constructor);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), ex);
			}
		}

		int index(String name) {
			for (int i = 0; i < this.components.length; i++) {
				if (this.components[i].getName().equals(name)) {
					return i;
				}
			}
			return -1;
		}

		Object[] values(Object record) {
			Object[] values = new Object[this.accessors.length];
			try {
				for (int i = 0; i < values.length; i++) {
					values[i] = (Object) this.accessors[i].invokeExact(record);
				}
			}
			catch (Throwable ex) {
				throw new IllegalStateException("cannot read " + record.getClass().getSimpleName(), ex);
			}
			return values;
		}

		Object value(Object record, int index) {
			try {
				return (Object) this.accessors[index].invokeExact(record);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("cannot read " + record.getClass().getSimpleName(), ex);
			}
		}

		Object empty() {
			return create(new Object[this.components.length]);
		}

		Object create(Object[] values) {
			try {
				return (Object) this.constructor.invokeExact(values);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException("cannot rebuild the record", ex);
			}
		}

	}

}
