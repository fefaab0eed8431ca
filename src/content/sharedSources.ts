/** Press pages that more than one topic cites: each address has one home, here. */

/** The norm that replaces Res. 172-2022 (Res. 000132-2025-CD/OSIPTEL), as the press reported it. */
export const newNormGestion =
  "https://gestion.pe/peru/osiptel-publica-nueva-norma-de-condiciones-de-uso-alineada-a-necesidades-de-usuarios-los-detalles-noticia/";
export const newNormInfobae =
  "https://www.infobae.com/peru/2025/12/27/nuevas-reglas-de-osiptel-reducen-plazos-para-dar-de-baja-servicios-y-agiliza-devoluciones-de-pagos-a-usuarios/";

/** OSIPTEL's regional offices on the baja, as the local press reported them. */
export const osiptelArequipa =
  "https://hbanoticias.pe/osiptel-esto-es-lo-que-debes-hacer-para-dar-de-baja-tu-servicio-de-internet-telefonia-o-cable";
export const osiptelTarapoto =
  "https://gutinoticiastarapoto.com/osiptel-informa-como-dar-de-baja-tu-servicio-de-telecomunicaciones";
