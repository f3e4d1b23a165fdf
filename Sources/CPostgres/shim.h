#ifndef C_POSTGRES_SHIM_H
#define C_POSTGRES_SHIM_H
#include <libpq-fe.h>
#endif
