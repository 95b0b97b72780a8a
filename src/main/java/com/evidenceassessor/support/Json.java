package com.evidenceassessor.support;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The two object mappers of the program, configured once: strict for what users hand us
 * (unknown fields, duplicate keys, trailing content, scalar coercion and non-finite
 * numbers are errors), and stable for what we write (ISO dates, camelCase enum names,
 * indented).
 */
public final class Json {

	private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

	private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder().build()).build());

	private static final ObjectMapper CANONICAL = canonical(JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.build());

	private Json() {
	}

	/** The mapper for JSON input and output. */
	public static ObjectMapper json() {
		return JSON;
	}

	/** The mapper for YAML input. */
	public static ObjectMapper yaml() {
		return YAML;
	}

	/**
	 * The mapper for the canonical form that is hashed: every object's keys in sorted
	 * order, bean properties and map entries alike, no indentation, and each decimal
	 * without trailing zeros (so {@code 50000} and {@code 50000.00} hash alike), written
	 * in one pass.
	 */
	public static ObjectMapper canonical() {
		return CANONICAL;
	}

	private static ObjectMapper canonical(ObjectMapper mapper) {
		configure(mapper);
		mapper.registerModule(new SimpleModule("canonical-decimals").addSerializer(BigDecimal.class,
				new StdSerializer<>(BigDecimal.class) {
					@Override
					public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
							throws IOException {
						generator.writeNumber(value.stripTrailingZeros());
					}
				}));
		mapper.disable(SerializationFeature.INDENT_OUTPUT);
		mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
		return mapper;
	}

	private static ObjectMapper configure(ObjectMapper mapper) {
		mapper.registerModule(new JavaTimeModule());
		mapper.registerModule(wireEnums());
		mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
		mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
		mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		mapper.enable(SerializationFeature.INDENT_OUTPUT);
		mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		return mapper;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static SimpleModule wireEnums() {
		SimpleModule module = new SimpleModule("wire-enums");
		module.addSerializer(Enum.class, new StdSerializer<>(Enum.class) {
			@Override
			public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
				generator.writeString(WireNames.of(value));
			}
		});
		module.addKeySerializer(Enum.class, new StdSerializer<>(Enum.class) {
			@Override
			public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
				generator.writeFieldName(WireNames.of(value));
			}
		});
		module.setKeyDeserializers(new com.fasterxml.jackson.databind.module.SimpleKeyDeserializers() {
			@Override
			public com.fasterxml.jackson.databind.KeyDeserializer findKeyDeserializer(JavaType type,
					DeserializationConfig config, BeanDescription description) {
				if (!type.isEnumType()) {
					return null;
				}
				Class<Enum> enumType = (Class<Enum>) type.getRawClass();
				return new com.fasterxml.jackson.databind.KeyDeserializer() {
					@Override
					public Object deserializeKey(String key, DeserializationContext context) throws IOException {
						Object constant = WireNames.parse(enumType, key);
						if (constant == null) {
							return context.handleWeirdKey(enumType, key,
									"expected one of " + String.join(", ", WireNames.all((Class) enumType)));
						}
						return constant;
					}
				};
			}
		});
		module.setDeserializerModifier(new BeanDeserializerModifier() {
			@Override
			public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new WireEnumDeserializer((Class<Enum>) type.getRawClass());
			}
		});
		return module;
	}

	/**
	 * Reads {@code redPacket} as {@code RED_PACKET}; anything else is an error naming the
	 * choices.
	 */
	private static final class WireEnumDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {

		private final Class<E> type;

		WireEnumDeserializer(Class<E> type) {
			this.type = type;
		}

		@Override
		public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = parser.getValueAsString();
			E constant = (text != null) ? WireNames.parse(this.type, text) : null;
			if (constant == null) {
				throw InvalidFormatException.from(parser,
						"expected one of " + String.join(", ", WireNames.all(this.type)), parser.getText(), this.type);
			}
			return constant;
		}

	}

}
