import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        ArrayList<int[]> words = new ArrayList<>();
        for (int t = 0; t < q; t++) {
            String line = in.readLine();
            if (line == null) line = "";
            words.clear();
            int n = line.length(), i = 0;
            while (i < n) {
                while (i < n && line.charAt(i) == ' ') i++;
                int j = i;
                while (j < n && line.charAt(j) != ' ') j++;
                if (j > i) words.add(new int[] {i, j});
                i = j;
            }
            out.append(words.size());
            for (int k = words.size() - 1; k >= 0; k--) {
                int[] w = words.get(k);
                out.append(' ').append(line, w[0], w[1]);
            }
            out.append('\n');
        }
        PrintWriter pw = new PrintWriter(System.out);
        pw.print(out);
        pw.flush();
    }
}
