// PebbleCode's function-mode driver for Java (docs/function-mode.md), rendered for one signature.
// It calls the learner's Solution method once per case with the case's arguments and writes one
// JSON line per case to the results file: the result, or the exception and the learner's line.
// Expected values never enter the box.
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}

public class Main {
    // A JSON value: null, Boolean, Long, Double, String or List<Object>.
    static final class Reader {
        final String t;
        int p = 0;
        Reader(String t) { this.t = t; }
        void space() { while (p < t.length() && Character.isWhitespace(t.charAt(p))) p++; }
        Object value() {
            space();
            char c = t.charAt(p);
            if (c == '[') {
                List<Object> a = new ArrayList<>();
                p++;
                space();
                if (t.charAt(p) == ']') { p++; return a; }
                while (true) {
                    a.add(value());
                    space();
                    if (t.charAt(p++) == ']') return a;
                }
            }
            if (c == '{') {
                Object args = null;
                p++;
                while (true) {
                    space();
                    if (t.charAt(p) == '}') { p++; return args; }
                    Object key = value();
                    space();
                    p++;
                    Object v = value();
                    if ("args".equals(key)) args = v;
                    space();
                    if (t.charAt(p) == ',') p++;
                }
            }
            if (c == '"') {
                StringBuilder s = new StringBuilder();
                p++;
                while (t.charAt(p) != '"') {
                    char ch = t.charAt(p++);
                    if (ch == '\\') {
                        char e = t.charAt(p++);
                        if (e == 'n') s.append('\n');
                        else if (e == 't') s.append('\t');
                        else if (e == 'r') s.append('\r');
                        else if (e == 'u') { s.append((char) Integer.parseInt(t.substring(p, p + 4), 16)); p += 4; }
                        else s.append(e);
                    } else s.append(ch);
                }
                p++;
                return s.toString();
            }
            if (t.startsWith("null", p)) { p += 4; return null; }
            if (t.startsWith("true", p)) { p += 4; return Boolean.TRUE; }
            if (t.startsWith("false", p)) { p += 5; return Boolean.FALSE; }
            int start = p;
            while (p < t.length() && "+-.eE0123456789".indexOf(t.charAt(p)) >= 0) p++;
            String n = t.substring(start, p);
            if (n.contains(".") || n.contains("e") || n.contains("E")) return Double.parseDouble(n);
            return Long.parseLong(n);
        }
    }

    static List<?> list(Object o) { return (List<?>) o; }
    static long num(Object o) { return (Long) o; }
    static double dbl(Object o) { return o instanceof Long ? (double) (Long) o : (Double) o; }

    static int toInt(Object o) { return (int) num(o); }
    static long toLong(Object o) { return num(o); }
    static double toDouble(Object o) { return dbl(o); }
    static boolean toBool(Object o) { return (Boolean) o; }
    static String toStr(Object o) { return (String) o; }
    static char toChar(Object o) { String s = (String) o; return s.isEmpty() ? '\0' : s.charAt(0); }
    static int[] toIntArray(Object o) { List<?> l = list(o); int[] a = new int[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toInt(l.get(i)); return a; }
    static long[] toLongArray(Object o) { List<?> l = list(o); long[] a = new long[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toLong(l.get(i)); return a; }
    static double[] toDoubleArray(Object o) { List<?> l = list(o); double[] a = new double[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toDouble(l.get(i)); return a; }
    static boolean[] toBoolArray(Object o) { List<?> l = list(o); boolean[] a = new boolean[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toBool(l.get(i)); return a; }
    static String[] toStrArray(Object o) { List<?> l = list(o); String[] a = new String[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toStr(l.get(i)); return a; }
    static char[] toCharArray(Object o) { List<?> l = list(o); char[] a = new char[l.size()]; for (int i = 0; i < a.length; i++) a[i] = toChar(l.get(i)); return a; }
    static int[][] toIntArray2(Object o) { List<?> l = list(o); int[][] a = new int[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toIntArray(l.get(i)); return a; }
    static long[][] toLongArray2(Object o) { List<?> l = list(o); long[][] a = new long[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toLongArray(l.get(i)); return a; }
    static double[][] toDoubleArray2(Object o) { List<?> l = list(o); double[][] a = new double[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toDoubleArray(l.get(i)); return a; }
    static boolean[][] toBoolArray2(Object o) { List<?> l = list(o); boolean[][] a = new boolean[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toBoolArray(l.get(i)); return a; }
    static String[][] toStrArray2(Object o) { List<?> l = list(o); String[][] a = new String[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toStrArray(l.get(i)); return a; }
    static char[][] toCharArray2(Object o) { List<?> l = list(o); char[][] a = new char[l.size()][]; for (int i = 0; i < a.length; i++) a[i] = toCharArray(l.get(i)); return a; }
    static ListNode toListNode(Object o) { List<?> l = list(o); ListNode head = null; for (int i = l.size() - 1; i >= 0; i--) head = new ListNode(toInt(l.get(i)), head); return head; }
    static TreeNode toTreeNode(Object o) {
        List<?> l = list(o);
        if (l.isEmpty() || l.get(0) == null) return null;
        List<TreeNode> nodes = new ArrayList<>();
        for (Object v : l) nodes.add(v == null ? null : new TreeNode(toInt(v)));
        int k = 1;
        for (TreeNode n : nodes) {
            if (n == null) continue;
            n.left = k < nodes.size() ? nodes.get(k++) : null;
            n.right = k < nodes.size() ? nodes.get(k++) : null;
        }
        return nodes.get(0);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    // Any result as JSON: boxed numbers, strings, chars, arrays of any depth, lists, ListNode, TreeNode.
    static String json(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return v.toString();
        if (v instanceof Double || v instanceof Float) { double d = ((Number) v).doubleValue(); return Double.isFinite(d) ? Double.toString(d) : "null"; }
        if (v instanceof String) return quote((String) v);
        if (v instanceof Character) return quote(String.valueOf(v));
        if (v instanceof ListNode) {
            StringBuilder b = new StringBuilder("[");
            int k = 0;
            for (ListNode n = (ListNode) v; n != null; n = n.next, k++) {
                if (k > 1_000_000) throw new IllegalStateException("the returned list has a cycle");
                b.append(k > 0 ? "," : "").append(n.val);
            }
            return b.append(']').toString();
        }
        if (v instanceof TreeNode) {
            List<String> out = new ArrayList<>();
            List<TreeNode> queue = new ArrayList<>();
            queue.add((TreeNode) v);
            for (int k = 0; k < queue.size(); k++) {
                if (queue.size() > 2_000_000) throw new IllegalStateException("the returned tree is too large or has a cycle");
                TreeNode n = queue.get(k);
                if (n == null) { out.add("null"); continue; }
                out.add(Integer.toString(n.val));
                queue.add(n.left);
                queue.add(n.right);
            }
            while (!out.isEmpty() && out.get(out.size() - 1).equals("null")) out.remove(out.size() - 1);
            return "[" + String.join(",", out) + "]";
        }
        if (v instanceof Iterable) {
            StringBuilder b = new StringBuilder("[");
            int k = 0;
            for (Object e : (Iterable<?>) v) b.append(k++ > 0 ? "," : "").append(json(e));
            return b.append(']').toString();
        }
        if (v.getClass().isArray()) {
            StringBuilder b = new StringBuilder("[");
            int n = java.lang.reflect.Array.getLength(v);
            for (int k = 0; k < n; k++) b.append(k > 0 ? "," : "").append(json(java.lang.reflect.Array.get(v, k)));
            return b.append(']').toString();
        }
        throw new IllegalStateException("a result of type " + v.getClass().getName() + " is not a {{returns}}");
    }

    static Integer learnerLine(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) if ("Solution.java".equals(f.getFileName())) return f.getLineNumber();
        return null;
    }

    public static void main(String[] ignored) throws Exception {
        PrintStream results = new PrintStream(new FileOutputStream(".pebble-results"), true, StandardCharsets.UTF_8);
        String text = Files.readString(Path.of("cases.json"));
        Files.delete(Path.of("cases.json"));
        List<?> cases = list(new Reader(text).value());
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        for (int index = 0; index < cases.size(); index++) {
            List<?> args = list(cases.get(index));
            long start = clock.getCurrentThreadCpuTime();
            String record;
            try {
{{java_conversions}}
                Solution solution = new Solution();
{{java_call}}
            } catch (StackOverflowError e) {
                record = "\"error\":" + quote("java.lang.StackOverflowError") + ",\"line\":" + learnerLine(e);
            } catch (Throwable e) {
                record = "\"error\":" + quote(e.toString()) + ",\"line\":" + learnerLine(e);
            }
            double ms = (clock.getCurrentThreadCpuTime() - start) / 1e6;
            results.println("{\"case\":" + index + "," + record + ",\"ms\":" + String.format("%.3f", ms) + "}");
        }
        System.out.flush();
    }
}
