/** Bitel's page on how to ask for a baja: the regulation's wording as Bitel reproduces it, and its own rules. */
export const bitelBajaPage =
  "https://bitel.com.pe/informacion-a-abonados-y-usuarios/-como-tramitar-la-baja-del-servicio-la-suspension-del-servicio-y-la-migracion-de-plan-tarifario-/-quieres-solicitar-la-baja-de-tu-servicio-/procedimiento-para-dar-de-baja-el-servicio-prepago";
