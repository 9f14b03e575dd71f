import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        byte[] buf = new byte[1 << 16];
        byte[] s = new byte[1 << 20];
        int n = 0;
        boolean started = false;
        read:
        while (true) {
            int len = in.read(buf, 0, buf.length);
            if (len <= 0) break;
            for (int k = 0; k < len; k++) {
                byte c = buf[k];
                if (c >= 'a' && c <= 'z') {
                    if (n == s.length) s = java.util.Arrays.copyOf(s, 2 * n);
                    s[n++] = c;
                    started = true;
                } else if (started) {
                    break read;
                }
            }
        }
        StringBuilder out = new StringBuilder(2 * n + 1);
        for (int i = 0; i < n;) {
            int j = i + 1;
            while (j < n && s[j] == s[i]) j++;
            out.append((char) s[i]).append(j - i);
            i = j;
        }
        out.append('\n');
        PrintStream ps = new PrintStream(System.out, false);
        ps.print(out);
        ps.flush();
    }
}
