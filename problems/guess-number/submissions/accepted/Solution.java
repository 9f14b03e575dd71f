import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Solution {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long lo = 1, hi = 1_000_000_000L;
        while (lo <= hi) {
            long mid = (lo + hi) / 2;
            System.out.println("? " + mid);
            System.out.flush();
            String reply = in.readLine();
            if (reply == null || reply.equals("correct")) break;
            if (reply.equals("larger")) lo = mid + 1;
            else hi = mid - 1;
        }
    }
}
