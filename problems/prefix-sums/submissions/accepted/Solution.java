import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, ptr = 0;

    private static int readByte() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static long nextLong() throws IOException {
        int c = readByte();
        while (c != '-' && (c < '0' || c > '9')) c = readByte();
        boolean neg = false;
        if (c == '-') { neg = true; c = readByte(); }
        long r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = readByte(); }
        return neg ? -r : r;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), q = (int) nextLong();
        long[] pre = new long[n + 1];  // pre[i] = a_1 + ... + a_i
        for (int i = 1; i <= n; i++) pre[i] = pre[i - 1] + nextLong();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int l = (int) nextLong(), r = (int) nextLong();
            sb.append(pre[r] - pre[l - 1]).append('\n');
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
