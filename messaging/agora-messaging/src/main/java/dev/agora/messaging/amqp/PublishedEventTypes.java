package dev.agora.messaging.amqp;

import dev.agora.messaging.IntegrationEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The {@link IntegrationEvent}s a service publishes, for its AsyncAPI document: those declared in its own packages,
 * and those its own code creates ({@code new OrderCreated(…)}) wherever they are declared, as in a shared contracts
 * module. Read from the class files, so nothing has to be listed by hand.
 */
final class PublishedEventTypes {

    private PublishedEventTypes() {}

    static List<Class<?>> in(List<String> packages, ClassLoader loader) {
        var typeNames = new LinkedHashSet<String>();
        var resolver = new PathMatchingResourcePatternResolver(loader);
        try {
            for (var pkg : packages) {
                for (var resource : resolver.getResources("classpath*:" + pkg.replace('.', '/') + "/**/*.class")) {
                    try (var in = resource.getInputStream()) {
                        new ClassReader(in).accept(new CreatedTypes(typeNames), ClassReader.SKIP_DEBUG);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service's classes", e);
        }
        return typeNames.stream()
                .map(name -> load(name, loader))
                .filter(type -> type != null && type.isAnnotationPresent(IntegrationEvent.class))
                .<Class<?>>map(type -> type)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            return null;
        }
    }

    /** Collects the class itself and every type its methods instantiate. */
    private static final class CreatedTypes extends ClassVisitor {

        private final Set<String> names;

        CreatedTypes(Set<String> names) {
            super(SpringAsmInfo.ASM_VERSION);
            this.names = names;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            names.add(name.replace('/', '.'));
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.NEW) names.add(type.replace('/', '.'));
                }
            };
        }
    }
}
