// The header carries everything; SwiftPM needs one C source file for a C target.
#include "CSystemShims.h"
