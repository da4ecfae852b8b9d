package org.clausewise.corpus.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes plain data — records, enums, lists, sets, maps, optionals, strings, numbers, dates and
 * primitive arrays — as compact bytes and reads it back, following each record's own components.
 * So the index stores a parsed {@code Resolution} whatever the model grows into, with no schema to
 * keep by hand: the bytes are only ever read by the same code that wrote them (the index is keyed
 * by {@link CodeVersion}), and anything that does not decode cleanly is {@link CorruptDataException}.
 *
 * <p>Why not a library: Java serialization would need every model record to be Serializable and a
 * deserialisation filter; a JSON mapper would be a new dependency (and runtime modules in the
 * installer) for an internal cache format. This is one small class over {@code java.lang.reflect}.
 */
public final class RecordCodec {
    private static final byte NULL = 0;
    private static final byte VALUE = 1;
    private static final byte TYPED = 2;

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** The bytes of {@code value}, read back with {@link #decode(byte[], Class)} and the same type. */
    public byte[] encode(Object value, Class<?> type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot encode " + type.getSimpleName() + ": " + e, e);
        }
        return bytes.toByteArray();
    }

    /** The value {@link #encode} wrote; any damage is a {@link CorruptDataException}, never a wrong value. */
    public <T> T decode(byte[] data, Class<T> type) throws CorruptDataException {
        ByteBuffer in = ByteBuffer.wrap(data);
        try {
            Object value = read(in, type);
            if (in.hasRemaining()) {
                throw new CorruptDataException(in.remaining() + " bytes left over");
            }
            return type.cast(value);
        } catch (CorruptDataException e) {
            throw e;
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            throw new CorruptDataException("cannot decode " + type.getSimpleName() + ": " + e, e);
        }
    }

    private void write(DataOutputStream out, Object value, Type declared) throws IOException, ReflectiveOperationException {
        Class<?> raw = rawClass(declared);
        if (raw.isPrimitive()) {
            writePlain(out, value, raw, declared);
            return;
        }
        if (value == null) {
            out.writeByte(NULL);
            return;
        }
        Class<?> actual = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        if (isClosed(raw)) {
            out.writeByte(VALUE);
            writePlain(out, value, raw, declared);
        } else {
            // an interface or Object: say which class follows
            out.writeByte(TYPED);
            writeString(out, actual.getName());
            writePlain(out, value, actual, actual);
        }
    }

    private void writePlain(DataOutputStream out, Object value, Class<?> raw, Type declared)
            throws IOException, ReflectiveOperationException {
        if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == float.class || raw == Float.class) {
            out.writeFloat((Float) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == char.class || raw == Character.class) {
            out.writeChar((Character) value);
        } else if (raw == short.class || raw == Short.class) {
            out.writeShort((Short) value);
        } else if (raw == byte.class || raw == Byte.class) {
            out.writeByte((Byte) value);
        } else if (raw == String.class) {
            writeString(out, (String) value);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw.isEnum()) {
            writeString(out, ((Enum<?>) value).name());
        } else if (raw == int[].class) {
            int[] a = (int[]) value;
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        } else if (raw == long[].class) {
            long[] a = (long[]) value;
            out.writeInt(a.length);
            for (long x : a) {
                out.writeLong(x);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            Collection<?> c = (Collection<?>) value;
            out.writeInt(c.size());
            Type element = typeArgument(declared, 0);
            for (Object o : c) {
                write(out, o, element);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Map<?, ?> m = (Map<?, ?>) value;
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, e.getKey(), typeArgument(declared, 0));
                write(out, e.getValue(), typeArgument(declared, 1));
            }
        } else if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            write(out, o.orElse(null), typeArgument(declared, 0));
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            for (int i = 0; i < shape.accessors.length; i++) {
                write(out, shape.accessors[i].invoke(value), shape.types[i]);
            }
        } else {
            throw new IllegalArgumentException("not plain data: " + raw.getName());
        }
    }

    private Object read(ByteBuffer in, Type declared) throws CorruptDataException, ReflectiveOperationException {
        Class<?> raw = rawClass(declared);
        if (raw.isPrimitive()) {
            return readPlain(in, raw, declared);
        }
        byte tag = in.get();
        if (tag == NULL) {
            return null;
        }
        if (tag == VALUE && isClosed(raw)) {
            return readPlain(in, raw, declared);
        }
        if (tag == TYPED && !isClosed(raw)) {
            Class<?> actual = plainClass(readString(in));
            if (!raw.isAssignableFrom(actual)) {
                throw new CorruptDataException(actual.getName() + " is not a " + raw.getName());
            }
            return readPlain(in, actual, actual);
        }
        throw new CorruptDataException("unexpected tag " + tag + " for " + raw.getName());
    }

    private Object readPlain(ByteBuffer in, Class<?> raw, Type declared)
            throws CorruptDataException, ReflectiveOperationException {
        if (raw == int.class || raw == Integer.class) {
            return in.getInt();
        } else if (raw == long.class || raw == Long.class) {
            return in.getLong();
        } else if (raw == double.class || raw == Double.class) {
            return in.getDouble();
        } else if (raw == float.class || raw == Float.class) {
            return in.getFloat();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.get() != 0;
        } else if (raw == char.class || raw == Character.class) {
            return in.getChar();
        } else if (raw == short.class || raw == Short.class) {
            return in.getShort();
        } else if (raw == byte.class || raw == Byte.class) {
            return in.get();
        } else if (raw == String.class) {
            return readString(in);
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.getLong());
        } else if (raw.isEnum()) {
            String name = readString(in);
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new CorruptDataException("no " + raw.getSimpleName() + " named " + name);
        } else if (raw == int[].class) {
            int[] a = new int[count(in, 4)];
            for (int i = 0; i < a.length; i++) {
                a[i] = in.getInt();
            }
            return a;
        } else if (raw == long[].class) {
            long[] a = new long[count(in, 8)];
            for (int i = 0; i < a.length; i++) {
                a[i] = in.getLong();
            }
            return a;
        } else if (Collection.class.isAssignableFrom(raw)) {
            int n = count(in, 1);
            Collection<Object> c = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>(n);
            Type element = typeArgument(declared, 0);
            for (int i = 0; i < n; i++) {
                c.add(read(in, element));
            }
            return c instanceof Set<?> ? Collections.unmodifiableSet((Set<?>) c) : Collections.unmodifiableList((List<?>) c);
        } else if (Map.class.isAssignableFrom(raw)) {
            int n = count(in, 2);
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(read(in, typeArgument(declared, 0)), read(in, typeArgument(declared, 1)));
            }
            return Collections.unmodifiableMap(m);
        } else if (raw == Optional.class) {
            return Optional.ofNullable(read(in, typeArgument(declared, 0)));
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            Object[] args = new Object[shape.types.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = read(in, shape.types[i]);
            }
            return shape.constructor.newInstance(args);
        }
        throw new CorruptDataException("not plain data: " + raw.getName());
    }

    /** A length read from the data, checked against what is left, so damaged bytes never allocate gigabytes. */
    private static int count(ByteBuffer in, int bytesEach) throws CorruptDataException {
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new CorruptDataException("bad length " + n);
        }
        return n;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) throws CorruptDataException {
        int n = count(in, 1);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    /** Only the project's own classes and plain JDK data may be named in the bytes. */
    private static Class<?> plainClass(String name) throws CorruptDataException {
        if (!name.startsWith("org.clausewise.") && !name.startsWith("java.lang.") && !name.startsWith("java.time.")) {
            throw new CorruptDataException("foreign class " + name);
        }
        try {
            return Class.forName(name, false, RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CorruptDataException("unknown class " + name, e);
        }
    }

    /** Types whose values need no class name: the declared type says everything. */
    private static boolean isClosed(Class<?> raw) {
        return raw.isPrimitive() || raw.isEnum() || raw.isRecord() || raw.isArray() || raw == String.class
                || raw == LocalDate.class || raw == Optional.class || Number.class.isAssignableFrom(raw)
                && Modifier.isFinal(raw.getModifiers()) || raw == Boolean.class || raw == Character.class
                || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type arg = p.getActualTypeArguments()[index];
            return arg instanceof Class<?> || arg instanceof ParameterizedType ? arg : Object.class;
        }
        return Object.class;
    }

    private Shape shape(Class<?> record) {
        return shapes.computeIfAbsent(record, Shape::of);
    }

    /** A record's accessors, component types and canonical constructor, looked up once. */
    private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {
        static Shape of(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = record.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
                return new Shape(accessors, types, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + record.getName(), e);
            }
        }
    }
}
