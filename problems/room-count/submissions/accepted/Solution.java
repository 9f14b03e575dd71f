import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

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

    private static long nextLong() throws IOException {
        int c = read();
        while (c != '-' && (c < '0' || c > '9')) c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long[] starts = new long[n], ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = nextLong();
            ends[i] = nextLong();
        }
        // Sweep the sorted starts and ends: before counting a start, release every
        // meeting that has ended by then (end <= start), so touching meetings share a room.
        Arrays.sort(starts);
        Arrays.sort(ends);
        int j = 0, busy = 0, best = 0;
        for (int i = 0; i < n; i++) {
            while (ends[j] <= starts[i]) {
                j++;
                busy--;
            }
            busy++;
            if (busy > best) best = busy;
        }
        System.out.println(best);
    }
}
