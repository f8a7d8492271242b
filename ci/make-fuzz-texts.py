#!/usr/bin/env python3
"""Writes JSON Lines of random texts for `article-oracle extract --jsonl` (ci/check-fuzz.sh):
word sequences drawn from the words the date, actor and figure rules read, with and
without spaces, ending anywhere, on several publication dates or none; and every prefix of
each seed article (a text may end right after any word). Deterministic: a fixed seed."""
import json
import os
import random
import re
import sys

seeds_dir, out_path = sys.argv[1], sys.argv[2]
rng = random.Random(20261122)

DATES = """the a an of in on at by to from last next this that first second third fourth half quarter
year years week weeks weekend weekends day days month months fortnight Monday Tuesday Friday Sunday Mondays
May March April June Feb. Sept. early late mid end start beginning close middle hours small wee local time
GMT BST EST a.m. p.m. am pm o'clock noon midnight tonight today today's tomorrow yesterday ago later earlier
before after and or every each other summer spring fall winter bi weekly daily biweekly annually FY FY23
Q3 H1 1990s '90s 1998 2022 2021-22 24th 1st 10 0900 14.30 10:35 nineteen ninety twenty thousand same
following previous coming past now recently current future one two several few will would said was had
hopes expected due begin Pentecost Christmas Easter Mardi Gras Victory Day New Year's Eve Orthodox fiscal
ended more than nearly about around least up century decade between through until since right near term
overnight morning night nights 26.04.2022 4/26/2022 2022-04-26""".split()
ACTORS = """The UN U.N. EU his its Russian Russia's Turkish Apple's company's chief executive CEO chairman
President Prime Minister Foreign Secretary-General spokesman ambassador counterpart Mr. Mrs. Dr. Gen. Sir
Vice Deputy Vladimir Putin Puttin Antonio António Guterres Guteres Ban Ki-moon Recep Tayyip Erdogan Tim
Cook Jane Doe E. von der al Ministry Council Bank Inc Department Kremlin Reuters Kyiv Moscow said met""".split()
FIGURES = """$ € £ US$ 1 10 1.5 3,000 0.5 -5 % percent per cent million billion bn m thousands hundreds
dozens half third 58th 21st over some killed people troops km miles times twice COVID-19 No.""".split()
PUNCT = list(",.;:'’()-–/")
WORDS = DATES + ACTORS + FIGURES + PUNCT
PUBLISHED = [None, "2022-04-26", "2000-01-01", "1999-12-31", "2024-02-29"]

count = 0
with open(out_path, "w", encoding="utf-8") as out:
    def emit(text, published):
        global count
        out.write(json.dumps({"id": str(count), "text": text, "published": published}, ensure_ascii=False) + "\n")
        count += 1

    for _ in range(60000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 25))]
        emit(("" if rng.random() < 0.2 else " ").join(words), rng.choice(PUBLISHED))
    for name in sorted(os.listdir(seeds_dir)):
        with open(os.path.join(seeds_dir, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        for match in re.finditer(r"\S+", text):
            emit(text[max(0, match.end() - 200):match.end()], "2022-04-26")
print(count)
