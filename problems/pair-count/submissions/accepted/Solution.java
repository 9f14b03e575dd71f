import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;

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
        int n = (int) nextLong();
        long k = nextLong();
        HashMap<Long, Integer> seen = new HashMap<>(2 * n + 16);  // value -> count among earlier tokens
        long total = 0;
        for (int i = 0; i < n; i++) {
            long x = nextLong();
            Integer c = seen.get(k - x);
            if (c != null) total += c;
            seen.merge(x, 1, Integer::sum);
        }
        System.out.println(total);
    }
}
