import java.util.Scanner;
public class Main {
    public static void main(String[] args) {
        String name = new Scanner(System.in).next();
        System.out.println("hello " + name);
    }
}
