import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    // The next whitespace-separated token, or null at the end of the input.
    private static String next() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        if (c == -1) return null;
        StringBuilder sb = new StringBuilder();
        while (c != -1 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            sb.append((char) c);
            c = read();
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(next());
        HashSet<String> seen = new HashSet<>(2 * n);
        for (int i = 0; i < n; i++) {
            String w = next();
            if (!seen.add(w)) {
                System.out.println(w);
                return;
            }
        }
        System.out.println(-1);
    }
}
