# type: ignore
import a
