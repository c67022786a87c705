package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported surface is the approved one: the public types of the packages that the compiled
 * module descriptor exports (read from {@code target/classes}, nested public types included) are
 * exactly those listed in {@code exported-types.txt}, so an internal type cannot become API
 * silently; and no public or protected signature of those types (supertypes, fields, constructors,
 * methods, their type arguments and exceptions) names a type of a package the module does not
 * export. To make a type API on purpose, add it to the list in the same change.
 */
class ExportedSurfaceTest {
  private static final Path CLASSES = Path.of("target", "classes");

  static Set<String> exportedPackages() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The public types of the exported packages, top-level and nested in public types, by binary name. */
  static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : exportedPackages()) {
      Path dir = CLASSES.resolve(pkg.replace('.', '/'));
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
            .filter(n -> !n.contains("$") && !n.equals("package-info.class")).sorted().toList();
      }
      for (String n : names) {
        Class<?> c = Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length()), false,
            ExportedSurfaceTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) addWithNested(c, out);
      }
    }
    return out;
  }

  private static void addWithNested(Class<?> c, List<Class<?>> out) {
    out.add(c);
    for (Class<?> n : c.getDeclaredClasses()) {
      if (Modifier.isPublic(n.getModifiers()) || Modifier.isProtected(n.getModifiers())) addWithNested(n, out);
    }
  }

  static List<String> approved() throws IOException {
    try (InputStream in = ExportedSurfaceTest.class.getResourceAsStream("exported-types.txt")) {
      assertThat(in).as("exported-types.txt beside this test").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  @Test
  void exportedPublicTypes_areTheApprovedOnes() throws Exception {
    List<String> found = exportedTypes().stream().map(Class::getName).sorted().toList();
    assertThat(found).as("public types of the exported packages (update exported-types.txt on purpose)")
        .containsExactlyElementsOf(approved().stream().sorted().toList());
  }

  @Test
  void noExportedSignature_namesATypeOfAPackageThatIsNotExported() throws Exception {
    Set<String> exported = exportedPackages();
    Set<String> leaks = new TreeSet<>();
    for (Class<?> c : exportedTypes()) {
      List<Type> seen = new ArrayList<>();
      if (c.getGenericSuperclass() != null) seen.add(c.getGenericSuperclass());
      seen.addAll(List.of(c.getGenericInterfaces()));
      for (Type t : seen) leaks.addAll(hidden(t, exported, c.getName() + " extends"));
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          leaks.addAll(hidden(f.getGenericType(), exported, c.getName() + "." + f.getName()));
        }
      }
      List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
      members.addAll(List.of(c.getDeclaredMethods()));
      for (Executable e : members) {
        if (!visible(e.getModifiers()) || e.isSynthetic() || (e instanceof Method m && m.isBridge())) continue;
        String where = c.getName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName());
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        if (e instanceof Method m) types.add(m.getGenericReturnType());
        for (Type t : types) leaks.addAll(hidden(t, exported, where));
      }
    }
    assertThat(leaks).as("exported signatures naming a type the module does not export").isEmpty();
  }

  /** The check finds a hidden type inside a type argument, an array and a wildcard bound. */
  @Test
  void hidden_findsTypesOfUnexportedPackagesAnywhereInAType() throws Exception {
    Type t = Probe.class.getDeclaredMethod("probe").getGenericReturnType();
    Set<String> exported = Set.of("java.util");
    assertThat(hidden(t, exported, "probe")).containsExactly(
        "probe names org.crosscheck.api.ExportedSurfaceTest$Probe");
    assertThat(hidden(String.class, Set.of(), "s")).isEmpty();
  }

  interface Probe {
    List<? extends Probe[]> probe();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The types of our own packages that {@code exported} leaves out, named anywhere in {@code t}. */
  static Set<String> hidden(Type t, Set<String> exported, String where) {
    Set<String> out = new TreeSet<>();
    walk(t, exported, where, out, new HashSet<>());
    return out;
  }

  private static void walk(Type t, Set<String> exported, String where, Set<String> out, Set<Type> seen) {
    if (!seen.add(t)) return;
    if (t instanceof Class<?> c) {
      while (c.isArray()) c = c.getComponentType();
      if (c.isPrimitive()) return;
      String pkg = c.getPackageName();
      if (pkg.startsWith("org.crosscheck") && !exported.contains(pkg)) out.add(where + " names " + c.getName());
    } else if (t instanceof ParameterizedType p) {
      walk(p.getRawType(), exported, where, out, seen);
      for (Type a : p.getActualTypeArguments()) walk(a, exported, where, out, seen);
    } else if (t instanceof GenericArrayType g) {
      walk(g.getGenericComponentType(), exported, where, out, seen);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) walk(b, exported, where, out, seen);
      for (Type b : w.getLowerBounds()) walk(b, exported, where, out, seen);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) walk(b, exported, where, out, seen);
    }
  }
}
