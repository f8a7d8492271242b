#!/usr/bin/env python3
"""Writes hostile article inputs into the folder given: deep nesting, unclosed CMS markup,
an entity bomb, an external entity, invalid bytes, NULs, a binary file, HTML5 errors.
(No empty file: Foundation's Data(contentsOf:) itself leaks 4 KiB reading one.)"""
import os
import sys

out = sys.argv[1]


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, name), mode) as f:
        f.write(data)


write("deep.html", "<html><body>" + "<div>" * 100000 + "Deep text." + "</div>" * 100000 + "</body></html>")
write("font.html", "<html><body>" + "".join(f'<p><font face="x">Para {i}.' for i in range(300)) + "</body></html>")
decl = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "' + (f'&lol{i - 1 if i > 1 else ""};' * 10) + '">' for i in range(1, 10))
write("bomb.html", f"<!DOCTYPE html [{decl}]><html><body><p>Start &lol9; end.</p></body></html>")
write("xxe.html", '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><html><body><p>Leak: &xxe;</p></body></html>')
write("invalid.txt", b"Caf\xc3\xa9 \xff\xfe broken \xc3( bytes.")
write("nul.txt", b"Putin\x00 met\x00 Guterres.")
write("binary.txt", bytes([0x89, 0x50, 0x4E, 0x47]) + bytes((i * 7919) % 251 for i in range(4000)))
for i in range(20):
    write(f"errors{i}.html", "<html><body><section><p>HTML5 <b><i>bad</b> nesting</i><article>x</article>"
          '</section><time datetime="2022-04-26">Tue</time></body></html>')
