// A single-use, pre-started javac for one job (docs/languages.md, "Workers"). Before the job it
// loads the compiler through javax.tools and compiles a small program in memory, so the JVM's
// start and javac's class loading are off the job's clock; the job then runs javac's own command
// line (the same arguments as the cold `javac` command), with its output and exit status.
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

public class JavacWorker {
    public static void main(String[] ignored) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        warmUp(javac);
        FileDescriptor channel = channel();
        try (FileOutputStream ready = new FileOutputStream(channel)) {
            ready.write('R');
            String line = readLine(new FileInputStream(channel));
            String[] args = line.isEmpty() ? new String[0] : line.split("\t", -1);
            // The cold command's arguments; -J options are the launcher's (this JVM has its own).
            String[] javacArgs = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-J")).toArray(String[]::new);
            int status = javac.run(System.in, System.out, System.err, javacArgs);
            System.out.flush();
            System.err.flush();
            System.exit(status);
        }
    }

    /** fd 3, the job socket the sandbox gave this worker. */
    private static FileDescriptor channel() throws ReflectiveOperationException {
        FileDescriptor fd = new FileDescriptor();
        var field = FileDescriptor.class.getDeclaredField("fd");
        field.setAccessible(true);
        field.setInt(fd, 3);
        return fd;
    }

    private static String readLine(FileInputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') bytes.write(b);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void warmUp(JavaCompiler javac) {
        String source = "import java.util.*;\npublic class Warm { public static void main(String[] a) {"
            + " List<Integer> xs = new ArrayList<>(); for (int i = 0; i < 3; i++) xs.add(i * 2);"
            + " System.out.println(xs); } }";
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Warm.java"), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        OutputStream discard = OutputStream.nullOutputStream();
        for (int round = 0; round < 2; round++) {
            javac.getTask(new PrintWriter(discard), null, null, List.of("-d", "/tmp", "-proc:none"), null, List.of(file)).call();
        }
        new java.io.File("/tmp/Warm.class").delete();
    }
}
