#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU: encoding.h would pull the system
   <unicode/ucnv.h>, whose UErrorCode clashes with the toolchain's _FoundationICU
   module as soon as anything in the build imports Foundation (a clean build fails;
   see docs/architecture.md). We never touch the ICU-only fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a mutable C global function pointer; Swift 6 rejects touching it. */
static inline void clx_xmlFree(void *p) { xmlFree(p); }

/* The per-thread structured error handler, read through the accessor functions
   because the threaded build turns the globals into macros. */
static inline xmlStructuredErrorFunc clx_currentStructuredError(void) {
  return *__xmlStructuredError();
}
static inline void *clx_currentStructuredErrorContext(void) {
  return *__xmlStructuredErrorContext();
}
#endif
