#!/usr/bin/env python3
"""Debian's ots (libots-1, the library behind the `ots` command) picking exactly N sentences.

The `ots` command only takes a ratio of the words (--ratio=P), so it cannot be asked for N
sentences. Its library can: this helper does what `ots` does (load the language's dictionary,
parse, ots_grade_doc) and then selects with ots_highlight_doc_lines(N) instead of
ots_highlight_doc(P), and prints the selected sentences, in document order, as ots cut them.

Reads JSON lines {"id": ..., "text": ..., "sentences": N, "language": "en"} on stdin; writes
{"id": ..., "lines": [...]} (or {"id": ..., "error": ...}) a line each, in order.
"""
import ctypes
import ctypes.util
import json
import sys


def load():
    lib = ctypes.CDLL(ctypes.util.find_library("ots-1") or "libots-1.so.0")
    glib = ctypes.CDLL(ctypes.util.find_library("glib-2.0") or "libglib-2.0.so.0")
    vp, sz = ctypes.c_void_p, ctypes.c_size_t
    lib.ots_new_article.restype = vp
    lib.ots_free_article.argtypes = [vp]
    lib.ots_load_xml_dictionary.argtypes = [vp, ctypes.c_char_p]
    lib.ots_load_xml_dictionary.restype = ctypes.c_int
    lib.ots_parse_stream.argtypes = [ctypes.c_char_p, sz, vp]
    lib.ots_grade_doc.argtypes = [vp]
    lib.ots_highlight_doc_lines.argtypes = [vp, ctypes.c_int]
    lib.ots_is_line_selected.argtypes = [vp]
    lib.ots_is_line_selected.restype = ctypes.c_int
    # unsigned char *ots_get_line_text(const OtsSentence *line, gboolean only_if_selected, size_t *size)
    lib.ots_get_line_text.argtypes = [vp, ctypes.c_int, ctypes.POINTER(sz)]
    lib.ots_get_line_text.restype = vp
    glib.g_free.argtypes = [vp]
    return lib, glib


def summarize(lib, glib, text, n, language):
    article = lib.ots_new_article()
    try:
        if not lib.ots_load_xml_dictionary(article, language.encode()):
            raise RuntimeError(f"ots has no dictionary for {language!r}")
        data = text.encode("utf-8")
        lib.ots_parse_stream(data, len(data), article)
        lib.ots_grade_doc(article)
        lib.ots_highlight_doc_lines(article, n)
        # OtsArticle starts with `GList *lines`; a GList node is {data, next, prev}.
        node = ctypes.c_void_p.from_address(article).value
        lines = []
        while node:
            sentence = ctypes.c_void_p.from_address(node).value
            node = ctypes.c_void_p.from_address(node + ctypes.sizeof(ctypes.c_void_p)).value
            if not lib.ots_is_line_selected(sentence):
                continue
            size = ctypes.c_size_t()
            pointer = lib.ots_get_line_text(sentence, 0, ctypes.byref(size))
            if pointer:
                lines.append(ctypes.string_at(pointer, size.value).decode("utf-8", "replace"))
                glib.g_free(pointer)
        return lines
    finally:
        lib.ots_free_article(article)


def main():
    lib, glib = load()
    for raw in sys.stdin:
        if not raw.strip():
            continue
        job = json.loads(raw)
        try:
            lines = summarize(lib, glib, job["text"], int(job["sentences"]), job.get("language", "en"))
            out = {"id": job["id"], "lines": lines}
        except Exception as error:  # one bad document must not stop the batch
            out = {"id": job["id"], "error": str(error)}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
