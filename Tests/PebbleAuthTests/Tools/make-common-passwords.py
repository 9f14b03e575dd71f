#!/usr/bin/env python3
"""Writes Sources/PebbleAuth/Passwords/CommonPasswords+List.swift: the bundled list of common
passwords (no download: written from the well-known top lists' contents and the patterns people
use: words + digits/years/symbols, keyboard walks, digit runs, names + years). Lower-cased,
deduplicated, sorted by how the generator ranked them. Run it again after editing the seeds."""
import os, itertools

top = """123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123 abc123 1234 password1
iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321 monkey 27653 1qaz2wsx 123321
qwertyuiop superman asdfghjkl trustno1 football baseball welcome master shadow ashley michael jesus ninja mustang
password123 123qwe 666666 121212 jordan23 starwars 7777777 888888 lovely 555555 hello charlie donald freedom whatever
qazwsx passw0rd batman zxcvbnm 987654321 solo access flower hottie loveme iloveyou1 aa123456 222222 777777 999999
michelle jessica 123abc computer hunter ranger buster soccer harley hockey killer george sexy andrew thomas robert
maggie daniel pepper ginger joshua cheese summer amanda love mercedes yankees austin biteme matrix taylor tigger
merlin internet 11111111 secret nicole chelsea diamond samsung abcdef qwe123 password12 adobe123 photoshop
admin admin123 administrator root toor guest test test123 test1234 changeme default pass pass123 pass1234 login
welcome1 welcome123 qwerty1 qwerty12 abcd1234 asdf1234 asdfgh asdf zxcvbn 112233 123654 159753 147258369 147258
741852963 789456123 456789 123789 987654 11223344 121314 131313 232323 101010 202020 696969 112358 314159 1qazxsw2
q1w2e3r4 q1w2e3r4t5 1q2w3e 1q2w3e4r5t 1q2w3e4r5t6y qweasd qweasdzxc asdqwe zxcasdqwe 1a2b3c 1a2b3c4d a1b2c3 a1b2c3d4
monkey123 dragon123 football1 baseball1 superman1 batman123 pokemon pikachu naruto minecraft fortnite roblox
liverpool arsenal manchester barcelona realmadrid juventus chelsea1 united spiderman ironman hulk avengers marvel
startrek starwars1 jedi yoda darthvader gandalf frodo hobbit harrypotter hogwarts voldemort matrix1 neo morpheus
princess1 butterfly sunflower rainbow unicorn angel angel1 babygirl baby sweety sweetheart cutie lovely1 iloveu
iloveyou2 loveyou lover forever always friends bestfriend family mother father sister brother daddy mommy
blessed faith hope grace heaven god jesus1 jesuschrist christ lord amen church bible
whatever1 nothing something anything everything someone nobody hello123 hellokitty kitty kitten puppy doggy
cookie chocolate candy sugar honey banana apple orange lemon cherry strawberry peaches pumpkin muffin cupcake
coffee pizza burger pasta cheese1 bacon chicken turkey
tiger lion eagle falcon hawk wolf bear shark dolphin panther cobra viper python snake dragon1 phoenix
thunder lightning storm hurricane tornado winter spring autumn summer1 sunshine1 moonlight starlight midnight
silver golden gold platinum diamond1 crystal ruby emerald sapphire pearl
black white purple orange1 yellow green blue red pink
money money1 cash rich dollar millions million billion success winner champion
jordan michael1 jennifer matthew joshua1 andrew1 daniel1 david james john robert1 william richard charles joseph
christopher anthony mark steven paul kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis
jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian
roger noah gerald carl terry sean austin1 arthur lawrence jesse dylan bryan joe jordan1 billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
mary patricia jennifer1 linda elizabeth barbara susan jessica1 sarah karen nancy lisa betty margaret sandra ashley1
kimberly emily donna michelle1 dorothy carol amanda1 melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole1 emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace1 denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla
alex alexander1 max maxwell sam charlie1 bailey buddy rocky duke bear1 toby jack1 oliver lucky sophie molly bella
lucy daisy chloe sadie zoe lily coco lola luna stella penny ruby1 rosie
cowboy cowboys eagles steelers packers patriots broncos raiders lakers yankees1 redsox giants dodgers cubs bulls
celtics knicks rangers1 penguins bruins canucks
ferrari porsche bmw audi honda toyota nissan ford chevy corvette camaro mustang1 harley1 ducati yamaha kawasaki
google facebook twitter instagram youtube netflix amazon apple1 microsoft windows linux ubuntu android iphone samsung1
nintendo playstation xbox xbox360 gamer gaming player player1 killer1 sniper hacker hacked hackme
qwertyui qwertyu asdfghj asdfghjk zxcvbnm1 qazwsxedc qazxswedc wsxedc poiuytrewq lkjhgfdsa mnbvcxz
abcdefg abcdefgh abcdefghi abcdefghij abcdefghijk abcdefghijkl abcdefghijklm
letmein1 letmein123 openup opensesame iamgod godmode superuser sysadmin webmaster manager office work
school student teacher college university homework study
passport password2 password3 password! password01 p@ssword p@ssw0rd passw0rd1 pa55word pa55w0rd password1!
mypassword mypass secret1 secret123 topsecret private privacy security secure letmein!
thx1138 trustnoone nopassword nopass blank empty none null undefined
""".split()

keyboard_rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0987654321", "poiuytrewq", "lkjhgfdsa", "mnbvcxz",
                 "qazwsxedcrfvtgbyhnujmikolp", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "zaq1xsw2cde3vfr4bgt5nhy6mju7",
                 "!qaz@wsx#edc", "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "qweasdzxc", "asdzxcqwe", "abcdefghijklmnopqrstuvwxyz",
                 "zyxwvutsrqponmlkjihgfedcba", "qwertyuiopasdfghjklzxcvbnm", "1234qwerasdfzxcv", "qwer1234", "asdf1234", "zxcv1234"]

suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "007", "69", "99", "00", "11", "13", "21",
            "22", "23", "77", "88", "321", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "@123", "#1", "!!", "?"]

def words():
    base = []
    for w in top:
        if w.isalpha():
            base.append(w)
    return base

out, seen = [], set()
def add(p):
    p = p.lower()
    if 4 <= len(p) <= 64 and p not in seen:
        seen.add(p); out.append(p)

for p in top: add(p)
# Digit runs, repeats and sequences of every length up to 20.
for d in "0123456789":
    for n in range(4, 21): add(d * n)
for start in range(0, 10):
    for n in range(4, 21):
        add("".join(str((start + i) % 10) for i in range(n)))
        add("".join(str((start - i) % 10) for i in range(n)))
for a, b in itertools.product("0123456789", repeat=2):
    if a != b:
        for n in (4, 6, 8, 10, 12, 14, 16): add((a + b) * (n // 2))
for c in "abcdefghijklmnopqrstuvwxyz":
    for n in range(4, 21): add(c * n)
# Keyboard walks: every prefix and suffix of each row of 4+ keys, doubled walks.
for row in keyboard_rows:
    for n in range(4, len(row) + 1):
        add(row[:n]); add(row[-n:])
    add(row + row); add(row + "123"); add(row + "1"); add(row + "!")
# Words × suffixes, capitalised forms collapse under case-folding; leetspeak variants.
leet = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
leet2 = str.maketrans({"a": "4", "o": "0", "e": "3", "i": "1", "s": "5", "t": "7"})
ws = words()
for w in ws:
    for s in suffixes: add(w + s)
for w in ws:
    add(w.translate(leet)); add(w.translate(leet2)); add(w.translate(leet) + "1"); add(w.translate(leet) + "123")
    add(w + w); add(w + "_" + w); add("my" + w); add("i love " + w); add("iloveyou" + w); add("ilove" + w)
    add(w[::-1])
# Years and dates people use.
for y in range(1940, 2031):
    add(str(y)); add(str(y) * 2)
    if y >= 1960:
        for w in ws[:40]: add(w + str(y))
for m in range(1, 13):
    for d in range(1, 32):
        for y in (1990, 2000):
            add(f"{d:02d}{m:02d}{y}"); add(f"{m:02d}{d:02d}{y}")
# Passphrase-looking favourites (long, so they matter with a 15-character minimum).
phrases = ["iloveyoubaby", "iloveyouforever", "iloveyousomuch", "iloveyoumore", "letmeinplease", "letmeinnow", "opensesame123",
           "correcthorsebatterystaple", "correct horse battery staple", "trustno1trustno1", "passwordpassword", "password123456",
           "password1234567", "password12345678", "password123456789", "qwertyuiop123456", "qwerty123456789", "1qaz2wsx3edc4rfv",
           "thequickbrownfox", "thequickbrownfoxjumpsoverthelazydog", "mypasswordispassword", "thisismypassword", "changemenow",
           "changemeplease", "welcometomyworld", "welcome to my world", "helloworld", "hello world", "helloworld123", "ihateyou",
           "whateverwhatever", "supersecretpassword", "mysecretpassword", "verysecurepassword", "strongpassword", "strongpassword1",
           "securepassword", "securepassword1", "donttellanyone", "nopasswordneeded", "pebblecode", "pebblecode123", "pebblecodepassword",
           "learntocode", "learntocode123", "ilovecoding", "ilovecoding123", "iloveprogramming", "programming", "programmer",
           "developer", "javascript", "python123", "pythonpython", "java123456", "swiftcoding", "codingisfun", "hackerman",
           "administrator1", "administrator123", "rootpassword", "adminpassword", "adminadmin", "adminadmin123", "testtesttest",
           "test12345678", "qwertyqwerty", "asdfasdfasdf", "zxcvzxcvzxcv", "abcabcabcabc", "abc123abc123", "aaaaaaaaaaaaaaa",
           "princessprincess", "dragondragon", "monkeymonkey", "football123456", "baseball123456", "superman123456", "batmanbatman",
           "starwarsstarwars", "pokemonpokemon", "minecraft123456", "fortnite123456", "roblox123456789"]
for p in phrases:
    add(p); add(p + "1"); add(p + "!"); add(p + "123")

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "..", "..", "Sources", "PebbleAuth", "Passwords", "CommonPasswords+List.swift")
body = "\n".join(out)
assert '"""' not in body and "\\" not in body
with open(target, "w") as f:
    f.write("// Generated by Tests/PebbleAuthTests/Tools/make-common-passwords.py: do not edit by hand.\n")
    f.write(f"// {len(out)} common passwords, lower-case, one a line.\n\n")
    f.write("extension CommonPasswords {\n    static let list = #\"\"\"\n")
    f.write(body)
    f.write("\n\"\"\"#\n}\n")
print(len(out), "passwords,", sum(1 for p in out if len(p) >= 15), "of 15+ characters")
