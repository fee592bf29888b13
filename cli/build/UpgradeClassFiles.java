import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (JDK 25+, run by cli/pom.xml after shading): rewrites the class files under a package
 * prefix of a jar that are older than Java 8 as Java 8 class files, with stack maps computed. The
 * JVM's ahead-of-time cache cannot link class files older than Java 6, so picocli's 228 classes
 * (compiled for Java 5) were parsed and verified by the old type-inferring verifier on every start:
 * about 0.1 s of each `kalkan` run. Bytecode is unchanged; only the version and the stack maps.
 *
 * <p>Usage: {@code java UpgradeClassFiles.java JAR PREFIX}; the jar is replaced in place.
 */
public class UpgradeClassFiles {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java UpgradeClassFiles.java JAR PREFIX");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
    int upgraded = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      ClassFile classFile =
          ClassFile.of(
              ClassFile.ClassHierarchyResolverOption.of(
                  ClassHierarchyResolver.defaultResolver()
                      .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
      ClassTransform upgrade =
          ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
              .andThen(
                  (builder, element) -> {
                    if (element instanceof ClassFileVersion) {
                      builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
                    } else {
                      builder.with(element);
                    }
                  });
      for (ZipEntry entry : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
          ClassModel model = classFile.parse(bytes);
          if (model.majorVersion() < ClassFile.JAVA_8_VERSION) {
            bytes = classFile.transformClass(model, upgrade);
            upgraded++;
          }
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("upgraded " + upgraded + " class files under " + prefix + " in " + jar);
  }
}
