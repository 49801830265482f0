// STUB: to be written
